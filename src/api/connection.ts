/**
 * What one dashboard reads from: the Mixpeek API with a key (through a base URL), or a
 * built-in sample organization (no network at all).
 */
export type Connection = { kind: 'api'; apiKey: string; baseUrl: string } | { kind: 'sample'; sampleId: string };

/**
 * The rate-limit categories of BaseRateLimits in the Mixpeek API reference, cheapest to
 * costliest, with the contract's own words for what each covers and what it costs.
 */
export interface RateLimitCategory {
  id: string;
  label: string;
  meaning: string;
  creditCost: string;
}

export const RATE_LIMIT_CATEGORIES: readonly RateLimitCategory[] = [
  {
    id: 'metadata',
    label: 'Metadata',
    meaning: 'Infrastructure and configuration: namespaces, collections, retrievers, taxonomies, clusters CRUD',
    creditCost: 'Zero-credit operations',
  },
  {
    id: 'data',
    label: 'Data',
    meaning: 'Data operations: objects and documents CRUD',
    creditCost: 'Low-credit operations',
  },
  {
    id: 'search',
    label: 'Search',
    meaning: 'Search and retrieval: retriever and taxonomy execution',
    creditCost: 'Medium-credit operations',
  },
  {
    id: 'upload',
    label: 'Upload',
    meaning: 'File uploads and presigned URLs',
    creditCost: 'Credit-intensive: 1 credit per MB',
  },
  {
    id: 'compute',
    label: 'Compute',
    meaning: 'Cluster execution and batch processing',
    creditCost: 'High-credit operations: 10 credits per minute of video',
  },
];

export const KNOWN_CATEGORY_IDS: ReadonlySet<string> = new Set(RATE_LIMIT_CATEGORIES.map((c) => c.id));

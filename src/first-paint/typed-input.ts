/** What a person typed into the key screen before the app took it over (a prerendered page). */
export interface TypedInput {
  apiKey: string;
  baseUrl: string;
  advancedOpen: boolean;
  /** The field that had the focus, and its selection. */
  focus: { field: 'api-key' | 'api-base-url'; selection: [number, number] | null } | null;
  /** Show was pressed (an odd number of times). */
  showKey: boolean;
  /** Connect (or Enter) or Try with sample data was pressed: the live screen does it. */
  pressed: 'connect' | 'try-sample' | null;
}

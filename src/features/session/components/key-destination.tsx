import { config } from '@/config/env';
import { keyDestination } from '../model/key-destination';

/** The end of the sentence that says where the key goes, for the base URL it will be sent to. */
export function KeyDestination({ baseUrl }: { baseUrl: string | null }) {
  if (baseUrl === null) return <>to the API base URL</>;
  return (
    <span data-testid="key-destination">
      {keyDestination(baseUrl, {
        pageOrigin: config.origin,
        proxyUrl: config.proxyUrl,
        proxyTarget: config.proxyTarget,
      })}
    </span>
  );
}

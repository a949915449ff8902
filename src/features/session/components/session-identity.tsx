import { FlaskConical } from 'lucide-react';
import { useId } from 'react';
import type { Connection } from '@/api/connection';
import { Badge } from '@/components/ui/badge';
import { SAMPLE_ORGANIZATIONS } from '@/samples/sample-organizations';
import { keyEnvironment, maskApiKey } from '../model/api-key';
import { KeyDestination } from './key-destination';

function KeyBadge({ apiKey }: { apiKey: string }) {
  const env = keyEnvironment(apiKey);
  if (env === 'live') return <Badge tone="key-live">live</Badge>;
  if (env === 'test') return <Badge tone="key-test">test</Badge>;
  return <Badge>unknown key type</Badge>;
}

interface SessionIdentityProps {
  connection: Connection;
  onSelectSample: (sampleId: string) => void;
}

/** Who is signed in and where the key goes: the masked key, its kind and the API; or the sample picker. */
export function SessionIdentity({ connection, onSelectSample }: SessionIdentityProps) {
  const pickerId = useId();
  if (connection.kind === 'sample') {
    return (
      <div className="flex min-w-0 items-center gap-2 text-sm" data-testid="session-identity">
        <Badge tone="sample">
          <FlaskConical size={12} aria-hidden />
          Sample data
        </Badge>
        <label className="sr-only" htmlFor={pickerId}>
          Sample organization
        </label>
        <select
          id={pickerId}
          value={connection.sampleId}
          onChange={(e) => onSelectSample(e.target.value)}
          className="min-h-9 min-w-0 flex-1 rounded-md border border-line bg-surface px-2 py-1 text-sm lg:max-w-xs lg:flex-none"
        >
          {SAMPLE_ORGANIZATIONS.map((s) => (
            <option key={s.id} value={s.id}>
              {String(s.body.organization_name)} · {s.label}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 text-sm" data-testid="session-identity">
      <code className="font-mono" data-testid="masked-key" title="API key (masked)">
        {maskApiKey(connection.apiKey)}
      </code>
      <KeyBadge apiKey={connection.apiKey} />
      <span className="min-w-0 truncate text-ink-muted" title={connection.baseUrl} data-testid="api-origin">
        sent <KeyDestination baseUrl={connection.baseUrl} />
      </span>
    </div>
  );
}

import { CopyButton } from '@/components/CopyButton';
import { NotReported } from '@/components/NotReported';
import { Card } from '@/components/ui/card';
import { formatCount } from '@/lib/format';
import { isRecord } from '@/lib/guards';

const KEYS = { one: 'key', other: 'keys' };
const ITEMS = { one: 'item', other: 'items' };

/** One value: scalars inline, objects and arrays as an expandable list of their entries. */
function Value({ value, depth }: { value: unknown; depth: number }) {
  if (isRecord(value) || Array.isArray(value)) {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    if (entries.length === 0) return <span className="text-ink-muted">{Array.isArray(value) ? '[]' : '{}'}</span>;
    return (
      <details open={depth === 0 && entries.length <= 5}>
        <summary className="cursor-pointer text-accent">
          {formatCount(entries.length, Array.isArray(value) ? ITEMS : KEYS)}
        </summary>
        <Entries entries={entries} depth={depth + 1} />
      </details>
    );
  }
  if (value === null) return <span className="text-ink-muted">null</span>;
  if (typeof value === 'string') return <span className="break-words">{value}</span>;
  return <span className="tabular font-mono">{String(value)}</span>;
}

function Entries({ entries, depth }: { entries: readonly (readonly [string, unknown])[]; depth: number }) {
  return (
    <dl className={`divide-y divide-line ${depth > 0 ? 'mt-1 border-l border-line pl-3' : ''}`}>
      {entries.map(([key, value]) => (
        <div key={key} className="grid grid-cols-[minmax(5rem,12rem)_minmax(0,1fr)] gap-3 py-1">
          <dt className="break-words font-mono text-xs text-ink-muted">{key}</dt>
          <dd className="min-w-0 text-sm">
            <Value value={value} depth={depth} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The organization's free-form `metadata`, readable and copyable as JSON. */
export function MetadataCard({ metadata }: { metadata: Record<string, unknown> | null }) {
  const entries = metadata ? Object.entries(metadata) : [];
  return (
    <Card
      name="metadata"
      title="Metadata"
      withExtras={false}
      subtitle={metadata ? `${formatCount(entries.length, KEYS)} set on the organization` : undefined}
      actions={
        metadata ? <CopyButton text={JSON.stringify(metadata, null, 2)} label="Copy metadata as JSON" /> : undefined
      }
    >
      {metadata === null ? (
        <p className="text-sm">
          <NotReported>The API sent no metadata for this organization.</NotReported>
        </p>
      ) : entries.length === 0 ? (
        <p className="text-sm text-ink-muted">No metadata is set.</p>
      ) : (
        <div className="max-h-[28rem] overflow-y-auto" data-testid="metadata">
          <Entries entries={entries} depth={0} />
        </div>
      )}
    </Card>
  );
}

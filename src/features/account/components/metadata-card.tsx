import { CopyButton } from '@/components/copy-button';
import { NotReported } from '@/components/not-reported';
import { Card } from '@/components/ui/card';
import { formatCount } from '@/lib/format';
import { ApiText } from '@/components/api-text';
import { isRecord } from '@/lib/guards';
import { entriesOf, toJson, TOO_DEEP } from '@/lib/walk';

const KEYS = { one: 'key', other: 'keys' };
const ITEMS = { one: 'item', other: 'items' };

/** Levels of nesting shown; deeper values say so (the JSON copy has them, to its own limit). */
const MAX_SHOWN_DEPTH = 12;

/** One value: scalars inline, objects and arrays as an expandable list of their entries. */
function Value({ value, depth }: { value: unknown; depth: number }) {
  if (isRecord(value) || Array.isArray(value)) {
    if (depth >= MAX_SHOWN_DEPTH) return <span className="text-ink-muted italic">{TOO_DEEP}</span>;
    const entries = entriesOf(value);
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
  if (typeof value === 'string') return <ApiText text={value} />;
  return <span className="tabular font-mono">{String(value)}</span>;
}

function Entries({ entries, depth }: { entries: readonly (readonly [string, unknown])[]; depth: number }) {
  return (
    <dl className={`divide-y divide-line ${depth > 0 ? 'mt-1 border-l border-line pl-3' : ''}`}>
      {entries.map(([key, value]) => (
        <div key={key} className="grid grid-cols-[minmax(5rem,12rem)_minmax(0,1fr)] gap-3 py-1">
          <dt className="font-mono text-xs text-ink-muted">
            <ApiText text={key} />
          </dt>
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
  const entries = metadata ? entriesOf(metadata) : [];
  return (
    <Card
      name="metadata"
      title="Metadata"
      withExtras={false}
      subtitle={metadata ? `${formatCount(entries.length, KEYS)} set on the organization` : undefined}
      actions={
        metadata ? <CopyButton text={toJson(metadata, { indent: 2 })} label="Copy metadata as JSON" /> : undefined
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

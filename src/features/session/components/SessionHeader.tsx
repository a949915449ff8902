import { FlaskConical, LogOut, RotateCw } from 'lucide-react';
import type { ReactNode } from 'react';
import { Badge } from '@/components/Badge';
import { buttonClass } from '@/components/buttons';
import { RelativeTime } from '@/components/RelativeTime';
import { useSecondsUntil } from '@/lib/use-now';
import { SAMPLE_ORGANIZATIONS } from '@/samples/sample-organizations';
import { keyEnvironment, maskApiKey } from '../model/api-key';
import type { Session } from '../model/session';

interface SessionHeaderProps {
  session: Session;
  /** When the shown data was received; 0 before the first load. */
  updatedAt: number;
  refreshing: boolean;
  /** While set and in the future (a 429's Retry-After), Refresh waits and says for how long. */
  refreshBlockedUntil: number | null;
  /** Replaces "Refreshing…" while a refresh is retrying (e.g. the 429 countdown). */
  retryStatus?: ReactNode;
  onRefresh: () => void;
  onSignOut: () => void;
  onSelectSample: (sampleId: string) => void;
  /** More actions for the loaded organization (share, redaction). */
  children?: ReactNode;
}

function KeyBadge({ apiKey }: { apiKey: string }) {
  const env = keyEnvironment(apiKey);
  if (env === 'live')
    return <Badge tone={{ background: 'var(--tier-team)', color: 'var(--tier-team-ink)' }}>live</Badge>;
  if (env === 'test') return <Badge tone={{ background: 'var(--tier-pro)', color: 'var(--tier-pro-ink)' }}>test</Badge>;
  return <Badge>unknown key type</Badge>;
}

function RefreshButton({
  refreshing,
  blockedUntil,
  onRefresh,
}: {
  refreshing: boolean;
  blockedUntil: number | null;
  onRefresh: () => void;
}) {
  const wait = useSecondsUntil(blockedUntil);
  return (
    <button type="button" className={buttonClass.secondary} onClick={onRefresh} disabled={refreshing || wait > 0}>
      <RotateCw size={16} aria-hidden className={refreshing ? 'animate-spin' : ''} />
      {wait > 0 ? `Refresh in ${wait} s` : 'Refresh'}
    </button>
  );
}

/** Who is signed in (masked key or sample), against which API, how fresh the data is, and the actions. */
export function SessionHeader({
  session,
  children,
  updatedAt,
  refreshing,
  refreshBlockedUntil,
  retryStatus,
  onRefresh,
  onSignOut,
  onSelectSample,
}: SessionHeaderProps) {
  // Two rows whose contents are the same while loading and once loaded (the share controls
  // are there, disabled, from the start), so nothing in the header moves when data arrives.
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto max-w-7xl px-4 py-2.5 sm:px-6">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <div className="flex shrink-0 items-center gap-2">
            <img src="/favicon.svg" alt="" width={24} height={24} />
            <p className="font-semibold">Mixpeek account dashboard</p>
          </div>
          <div
            className="order-last flex min-w-0 basis-full flex-wrap items-center gap-2 text-sm md:order-none md:basis-auto md:flex-1"
            data-testid="session-identity"
          >
            {session.kind === 'api' ? (
              <>
                <code className="font-mono" data-testid="masked-key" title="API key (masked)">
                  {maskApiKey(session.apiKey)}
                </code>
                <KeyBadge apiKey={session.apiKey} />
                <span className="truncate text-ink-muted" data-testid="api-origin" title="API base URL">
                  {session.baseUrl}
                </span>
              </>
            ) : (
              <>
                <Badge tone={{ background: 'var(--tier-enterprise)', color: 'var(--tier-enterprise-ink)' }}>
                  <FlaskConical size={12} aria-hidden />
                  Sample data
                </Badge>
                <label className="sr-only" htmlFor="sample-picker">
                  Sample organization
                </label>
                <select
                  id="sample-picker"
                  value={session.sampleId}
                  onChange={(e) => onSelectSample(e.target.value)}
                  className="min-w-0 flex-1 rounded-md border border-line bg-surface px-2 py-1 text-sm md:flex-none"
                >
                  {SAMPLE_ORGANIZATIONS.map((s) => (
                    <option key={s.id} value={s.id}>
                      {String(s.body.organization_name)} · {s.label}
                    </option>
                  ))}
                </select>
              </>
            )}
          </div>
          <button type="button" className={`${buttonClass.secondary} ml-auto`} onClick={onSignOut}>
            <LogOut size={16} aria-hidden />
            Sign out
          </button>
        </div>
        <div className="mt-1.5 flex flex-wrap items-center gap-2">
          <span className="min-w-0 flex-1 truncate text-sm text-ink-muted tabular" data-testid="updated-ago">
            {refreshing ? (
              (retryStatus ?? (updatedAt > 0 ? 'Refreshing…' : 'Loading…'))
            ) : updatedAt > 0 ? (
              <>
                Updated <RelativeTime date={new Date(updatedAt)} />
              </>
            ) : (
              'Not loaded yet'
            )}
          </span>
          {children}
          <RefreshButton refreshing={refreshing} blockedUntil={refreshBlockedUntil} onRefresh={onRefresh} />
        </div>
      </div>
    </header>
  );
}

import { FlaskConical, LogOut, RotateCw } from 'lucide-react';
import { Badge } from '@/components/Badge';
import { buttonClass } from '@/components/buttons';
import { RelativeTime } from '@/components/RelativeTime';
import { SAMPLE_ORGANIZATIONS } from '@/mocks/sample-organizations';
import { keyEnvironment, maskApiKey } from '../model/api-key';
import type { Session } from '../model/session';

interface SessionHeaderProps {
  session: Session;
  /** When the shown data was received; 0 before the first load. */
  updatedAt: number;
  refreshing: boolean;
  onRefresh: () => void;
  onSignOut: () => void;
  onSelectSample: (sampleId: string) => void;
}

function KeyBadge({ apiKey }: { apiKey: string }) {
  const env = keyEnvironment(apiKey);
  if (env === 'live')
    return <Badge tone={{ background: 'var(--tier-team)', color: 'var(--tier-team-ink)' }}>live</Badge>;
  if (env === 'test') return <Badge tone={{ background: 'var(--tier-pro)', color: 'var(--tier-pro-ink)' }}>test</Badge>;
  return <Badge>unknown key type</Badge>;
}

/** Who is signed in (masked key or sample), against which API, how fresh the data is, and the actions. */
export function SessionHeader({
  session,
  updatedAt,
  refreshing,
  onRefresh,
  onSignOut,
  onSelectSample,
}: SessionHeaderProps) {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <div className="flex items-center gap-2">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <p className="font-semibold">Mixpeek account dashboard</p>
        </div>
        <div className="flex min-w-0 flex-wrap items-center gap-2 text-sm" data-testid="session-identity">
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
                className="rounded-md border border-line bg-surface px-2 py-1 text-sm"
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
        <div className="ml-auto flex items-center gap-2">
          <span className="text-sm text-ink-muted tabular" data-testid="updated-ago" aria-live="off">
            {refreshing ? (
              'Refreshing…'
            ) : updatedAt > 0 ? (
              <>
                Updated <RelativeTime date={new Date(updatedAt)} />
              </>
            ) : (
              'Not loaded yet'
            )}
          </span>
          <button type="button" className={buttonClass.secondary} onClick={onRefresh} disabled={refreshing}>
            <RotateCw size={16} aria-hidden className={refreshing ? 'animate-spin' : ''} />
            Refresh
          </button>
          <button type="button" className={buttonClass.secondary} onClick={onSignOut}>
            <LogOut size={16} aria-hidden />
            Sign out
          </button>
        </div>
      </div>
    </header>
  );
}

import { useState } from 'react';
import { ApiText } from '@/components/api-text';
import { CopyButton } from '@/components/copy-button';
import { DateTime } from '@/components/date-time';
import { NotReported } from '@/components/not-reported';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Fact, FactList } from '@/components/ui/facts';
import { formatInteger } from '@/lib/format';
import { initials } from '@/lib/initials';
import { shownEmail, shownIdentifier } from '@/lib/redaction';
import { findProblem, type Organization } from '@/model/organization';
import { CARD_TEXT, HEADLINE_CARD_MIN_HEIGHT } from '@/components/dashboard-layout';
import { TierBadge } from './tier-badge';

function DateValue({ org, field, date }: { org: Organization; field: string; date: Date | null }) {
  if (date === null) {
    return findProblem(org, field)?.kind === 'invalid' ? <NotReported>unknown date</NotReported> : <NotReported />;
  }
  return <DateTime date={date} relative />;
}

/** Names longer than this are clamped to two lines, with the full text one click away. */
const LONG_NAME = 80;

function OrganizationName({ name }: { name: string | null }) {
  const [expanded, setExpanded] = useState(false);
  if (name === null) {
    return (
      <h3 className="text-lg font-semibold" data-testid="organization-name">
        <NotReported>Organization name not reported</NotReported>
      </h3>
    );
  }
  const long = name.length > LONG_NAME;
  return (
    <>
      <h3
        dir="auto"
        className={`break-words text-lg font-semibold ${expanded ? 'max-h-60 overflow-y-auto' : 'line-clamp-2'}`}
        title={long ? name : undefined}
        data-testid="organization-name"
      >
        {name}
      </h3>
      {long ? (
        <Button variant="link" className="text-xs" aria-expanded={expanded} onClick={() => setExpanded((v) => !v)}>
          {expanded ? 'Show less' : `Show the full name (${formatInteger(name.length)} characters)`}
        </Button>
      ) : null}
    </>
  );
}

/** Who the organization is: name, tier, identifiers, balance, billing contact, dates, users. */
export function AccountCard({ org, hideIdentifiers }: { org: Organization; hideIdentifiers: boolean }) {
  const name = org.organizationName;
  return (
    <Card name="account" title={CARD_TEXT.account.title} className={HEADLINE_CARD_MIN_HEIGHT}>
      <div className="mb-3 flex items-center gap-3">
        {/* logo_url points at third-party hosts; the app makes no third-party requests, so initials stand in. */}
        <div
          aria-hidden
          className="flex h-12 w-12 shrink-0 items-center justify-center rounded-full bg-surface-muted text-base font-semibold"
        >
          {initials(name)}
        </div>
        <div className="min-w-0">
          <OrganizationName name={name} />
          <TierBadge accountType={org.accountType} />
        </div>
      </div>
      <FactList>
        <Fact label="Organization ID">
          {org.organizationId ? (
            <span className="flex min-w-0 items-center gap-1">
              <code className="truncate font-mono" title={shownIdentifier(org.organizationId, hideIdentifiers)}>
                {shownIdentifier(org.organizationId, hideIdentifiers)}
              </code>
              <CopyButton text={org.organizationId} label="Copy organization ID" />
            </span>
          ) : (
            <NotReported />
          )}
        </Fact>
        {org.internalId ? (
          <Fact label="Internal ID">
            <code className="break-all font-mono">{shownIdentifier(org.internalId, hideIdentifiers)}</code>
          </Fact>
        ) : findProblem(org, 'internal_id') ? (
          <Fact label="Internal ID">
            <NotReported />
          </Fact>
        ) : null}
        <Fact label="Credit balance">
          {org.creditCount === null ? (
            <NotReported />
          ) : (
            <span className="tabular font-semibold" data-testid="account-balance">
              {formatInteger(org.creditCount)} credits
            </span>
          )}
        </Fact>
        <Fact label="Billing email">
          {org.billingEmail ? (
            <span className="break-words">{shownEmail(org.billingEmail, hideIdentifiers)}</span>
          ) : (
            // Malformed is not the same as absent: only an absent or null email is "not provided".
            <NotReported>{findProblem(org, 'billing_email') ? 'not reported' : 'not provided'}</NotReported>
          )}
        </Fact>
        <Fact label="Created">
          <DateValue org={org} field="created_at" date={org.createdAt} />
        </Fact>
        <Fact label="Last updated">
          <DateValue org={org} field="updated_at" date={org.updatedAt} />
        </Fact>
        {org.logoUrl ? (
          <Fact label="Logo">
            {/* Never loaded as an image: it points at third-party hosts. */}
            <ApiText text={org.logoUrl} linkLabel="Open the logo" />
          </Fact>
        ) : null}
        <Fact label="Users">
          {org.userCount === null ? <NotReported /> : <span className="tabular">{formatInteger(org.userCount)}</span>}
        </Fact>
      </FactList>
    </Card>
  );
}

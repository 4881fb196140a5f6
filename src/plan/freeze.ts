// The crisis freeze as configured:
//
//   freeze:
//     from: 2027-06-09T00:00:00+01:00     # required, with an offset
//     to: 2027-06-11T23:59:59+01:00       # optional: without it the freeze holds until lifted
//     reason: "Crisis pause after ..."
//     applies_to: brand                   # brand (default) | all
//     except: [brackenfordcc]             # accounts that keep posting
//
// `freeze: false` (or no section) means no freeze. Bounds are inclusive instants.
import type { ResolvedConfig } from '../config/types.js';
import { bareHandle } from '../text/handles.js';
import { parseInstant, type Instant } from './time.js';

export interface Freeze {
  from: Instant;
  to?: Instant;
  reason?: string;
  appliesTo: 'brand' | 'all';
  except: string[];
  /** Problems with the section itself (said once per run). */
  problems: string[];
}

export function readFreeze(config: ResolvedConfig): Freeze | undefined {
  const f = config.settings.freeze;
  if (!f || typeof f !== 'object' || Array.isArray(f)) return undefined;
  const o = f as Record<string, unknown>;
  const problems: string[] = [];
  const from = parseInstant(o.from);
  if (!from) {
    problems.push(`freeze.from '${String(o.from)}' is not an ISO 8601 date and time: the freeze is treated as in force from now on until it is fixed`);
  } else if (from.offset === null) problems.push(`freeze.from '${from.text}' has no offset: read as UTC; add the offset you mean (+01:00, -04:00, Z)`);
  let to = o.to === undefined || o.to === null ? undefined : parseInstant(o.to);
  if (o.to !== undefined && o.to !== null && !to) problems.push(`freeze.to '${String(o.to)}' is not an ISO 8601 date and time: the freeze is treated as open-ended until it is fixed`);
  if (to && to.offset === null) problems.push(`freeze.to '${to.text}' has no offset: read as UTC; add the offset you mean`);
  if (from && to && to.ms < from.ms) {
    problems.push(`freeze.to (${to.text}) is before freeze.from (${from.text}): the freeze is treated as open-ended until it is fixed`);
    to = undefined;
  }
  return {
    from: from ?? { ms: -8.64e15, offset: 0, local: { date: '', time: '' }, text: String(o.from) },
    to,
    reason: typeof o.reason === 'string' && o.reason.trim() ? o.reason.trim() : undefined,
    appliesTo: o.applies_to === 'all' ? 'all' : 'brand',
    except: (Array.isArray(o.except) ? o.except : typeof o.except === 'string' ? [o.except] : []).map((h) => bareHandle(String(h))),
    problems,
  };
}

export function inFreeze(f: Freeze, ms: number): boolean {
  return ms >= f.from.ms && (f.to === undefined || ms <= f.to.ms);
}

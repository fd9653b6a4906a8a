import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/**
 * Where webhook deliveries may go. A tenant names the URL, so without this policy the service
 * would POST (and report the outcome of) requests to anything it can reach: Redis on loopback,
 * the cloud metadata endpoint, the private network.
 */
export interface WebhookEgressPolicy {
  /**
   * Lets deliveries reach loopback and private networks (127/8, ::1, 10/8, 172.16/12, 192.168/16,
   * 100.64/10, fc00::/7): for development and tests whose receiver runs on this machine
   * (WEBHOOK_ALLOW_PRIVATE). Link-local (where cloud metadata lives), multicast, broadcast,
   * unspecified, reserved and metadata host names stay refused even then. Default false.
   */
  allowPrivate?: boolean;
  /** Resolves a host name to every address it has. Default: the system resolver (dns.lookup, all). */
  resolve?: ResolveHost;
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>;

/** A URL whose host passed the policy, with the one address the request must connect to. */
export interface CheckedTarget {
  url: URL;
  /** The host name without brackets or a trailing dot, as sent in Host and SNI. */
  hostname: string;
  /** The checked address: the connection goes here and nowhere else (no second lookup). */
  address: ResolvedAddress;
}

export type EgressVerdict = { ok: true; target: CheckedTarget } | { ok: false; refusal: EgressRefusal };

export type EgressRefusalCode = 'refused-address' | 'refused-name' | 'unresolvable' | 'resolver-failed';

/** Why a target is refused, in words fit for the tenant's delivery history and a 400. */
export interface EgressRefusal {
  code: EgressRefusalCode;
  message: string;
}

/**
 * Names of cloud metadata services (GCP, AWS, Azure, Alibaba, OpenStack). They usually resolve to
 * link-local addresses, which are refused anyway; the names are refused too in case a resolver
 * maps them elsewhere (e.g. a proxy in front of the metadata service).
 */
const METADATA_NAMES = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'metadata.azure.com',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.tencentyun.com',
  'metadata.platformequinix.com',
]);

/** Ranges a deployment may open with allowPrivate; everything else but public unicast is always refused. */
const PRIVATE_RANGES = new Set(['loopback', 'private', 'carrierGradeNat', 'uniqueLocal']);

const RANGE_WORDS: Record<string, string> = {
  loopback: 'a loopback',
  private: 'a private',
  carrierGradeNat: 'a carrier-grade NAT (100.64/10)',
  uniqueLocal: 'a unique-local (fc00::/7)',
  linkLocal: 'a link-local',
  multicast: 'a multicast',
  broadcast: 'the broadcast',
  unspecified: 'an unspecified (0.0.0.0 / ::)',
  teredo: 'a Teredo tunnel',
  ipv4Compatible: 'an IPv4-compatible IPv6',
};

/** The IPv4 address carried inside an IPv6 one (mapped, compatible, NAT64, 6to4), if any. */
function embeddedIpv4(v6: ipaddr.IPv6): ipaddr.IPv4 | null {
  const range = v6.range();
  const bytes = v6.toByteArray();
  if (range === 'ipv4Mapped' || range === 'rfc6145') return ipaddr.IPv4.parse(bytes.slice(12).join('.'));
  if (range === 'rfc6052') return ipaddr.IPv4.parse(bytes.slice(12).join('.'));
  if (range === '6to4') return ipaddr.IPv4.parse(bytes.slice(2, 6).join('.'));
  return null;
}

/** The first 96 bits zero but not :: or ::1: the deprecated IPv4-compatible form (::127.0.0.1). */
function isIpv4Compatible(v6: ipaddr.IPv6): boolean {
  const parts = v6.parts;
  return parts.slice(0, 6).every((p) => p === 0) && (parts[6] !== 0 || (parts[7] ?? 0) > 1);
}

/**
 * The range name that makes `address` unfit for a webhook under `allowPrivate`, or null when it
 * may be reached. Only public unicast passes by default: an allowlist, so ranges ipaddr.js adds
 * later (or reserved ones like 240/4 and 198.18/15) are refused rather than forgotten.
 */
export function refusedRange(address: string, allowPrivate = false): string | null {
  if (!ipaddr.isValid(address)) return 'unparseable';
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (isIpv4Compatible(v6)) return 'ipv4Compatible';
    const inner = embeddedIpv4(v6);
    if (inner) parsed = inner;
  }
  const range = parsed.range();
  if (range === 'unicast') return null;
  if (allowPrivate && PRIVATE_RANGES.has(range)) return null;
  return range;
}

function describeRange(range: string): string {
  return `${RANGE_WORDS[range] ?? `a reserved (${range})`} address`;
}

/** The host of a parsed URL as a bare name or address: no IPv6 brackets, no trailing dot. */
export function bareHostname(url: URL): string {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return host.endsWith('.') ? host.slice(0, -1).toLowerCase() : host.toLowerCase();
}

/**
 * What is wrong with the host of `url` without resolving it: an address literal in a refused range
 * (the WHATWG URL parser has already turned 0x7f000001, 2130706433, 0177.0.0.1 and 127.1 into
 * 127.0.0.1), `localhost`, or a metadata name. Null when only a lookup can tell.
 */
export function hostProblem(url: URL, allowPrivate = false): EgressRefusal | null {
  const host = bareHostname(url);
  if (METADATA_NAMES.has(host)) {
    return { code: 'refused-name', message: 'refused: a cloud metadata host' };
  }
  if (ipaddr.isValid(host)) {
    const range = refusedRange(host, allowPrivate);
    return range ? { code: 'refused-address', message: `refused: ${describeRange(range)}` } : null;
  }
  // localhost resolves to loopback on every sane resolver; refusing the name says so without a lookup.
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost'))) {
    return { code: 'refused-address', message: `refused: ${describeRange('loopback')}` };
  }
  return null;
}

const systemResolve: ResolveHost = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

const NOT_FOUND = new Set(['ENOTFOUND', 'ENODATA', 'EAI_NONAME', 'EAI_NODATA']);

/**
 * Resolves the URL's host and checks EVERY address it has (one bad address is enough to refuse:
 * otherwise a name with a public and a private record would pass the check and connect to
 * whichever the connection picks). The verdict's address is the one to connect to.
 */
export async function checkWebhookTarget(
  text: string,
  policy: WebhookEgressPolicy = {},
): Promise<EgressVerdict> {
  const url = new URL(text);
  const allowPrivate = policy.allowPrivate ?? false;
  const problem = hostProblem(url, allowPrivate);
  if (problem) return { ok: false, refusal: problem };
  const hostname = bareHostname(url);
  if (ipaddr.isValid(hostname)) {
    const family = ipaddr.parse(hostname).kind() === 'ipv6' ? 6 : 4;
    return { ok: true, target: { url, hostname, address: { address: hostname, family } } };
  }

  let addresses: ResolvedAddress[];
  try {
    addresses = await (policy.resolve ?? systemResolve)(hostname);
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unknown error';
    return NOT_FOUND.has(code)
      ? { ok: false, refusal: { code: 'unresolvable', message: 'refused: the host name does not resolve' } }
      : {
          ok: false,
          refusal: { code: 'resolver-failed', message: `could not resolve the host name (${code})` },
        };
  }
  const first = addresses[0];
  if (!first) {
    return {
      ok: false,
      refusal: { code: 'unresolvable', message: 'refused: the host name does not resolve' },
    };
  }
  for (const { address } of addresses) {
    const range = refusedRange(address, allowPrivate);
    // The resolved address is not named: it would tell the tenant how internal names resolve.
    if (range)
      return {
        ok: false,
        refusal: { code: 'refused-address', message: `refused: resolves to ${describeRange(range)}` },
      };
  }
  return { ok: true, target: { url, hostname, address: first } };
}

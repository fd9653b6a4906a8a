import { PUBLIC_ADDRESS } from './fake-dns.js';

/** What the names in the target list resolve to (a fake resolver stands in for nip.io and the like). */
export const SSRF_DNS: Record<string, string[]> = {
  '127.0.0.1.nip.io': ['127.0.0.1'],
  '169.254.169.254.nip.io': ['169.254.169.254'],
  'redis.internal.example': ['10.1.2.3'],
  'half-public.example': [PUBLIC_ADDRESS, '127.0.0.1'],
  'v6-loopback.example': ['::1'],
  'mapped.example': ['::ffff:10.0.0.1'],
};

/**
 * The 27 internal targets of the security review (issue 11, finding 1): loopback in every notation,
 * private, link-local and metadata addresses and names, and names that resolve to them. Every one
 * must be refused unless a deployment allows private networks (and most even then).
 */
export function ssrfTargets(redisPort: number): string[] {
  return [
    `http://127.0.0.1:${redisPort}/`,
    'http://0x7f000001/',
    `http://127.1:${redisPort}/`,
    'http://2130706433/',
    'http://0177.0.0.1/',
    'http://[::1]/',
    `http://localhost:${redisPort}/`,
    'https://169.254.169.254/latest/meta-data/',
    'https://10.0.0.1/',
    'https://192.168.1.1/',
    'https://172.16.0.1/',
    'https://100.64.0.1/',
    'https://0.0.0.0/',
    'https://metadata.google.internal/computeMetadata/v1/',
    'https://metadata/',
    'https://instance-data/latest/',
    'https://[::ffff:127.0.0.1]/',
    'https://[::ffff:169.254.169.254]/',
    'https://[fe80::1]/',
    'https://[fd00::1]/',
    'https://[64:ff9b::a00:1]/',
    'https://[2002:c0a8:101::]/',
    'https://127.0.0.1.nip.io/',
    'https://169.254.169.254.nip.io/',
    'https://redis.internal.example/',
    'https://half-public.example/',
    'https://mapped.example/',
  ];
}

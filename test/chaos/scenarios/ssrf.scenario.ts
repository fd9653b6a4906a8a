import type { Scenario } from './scenario.js';

/**
 * The review's 27 internal targets: loopback in every notation, private, link-local, CGNAT,
 * multicast, metadata, IPv4-mapped and NAT64 IPv6, and names that point inside. None may be saved
 * as a webhook by a deployment that did not opt in to private targets.
 */
export function internalTargets(redisPort: number): string[] {
  return [
    `http://127.0.0.1:${redisPort}/`,
    `http://127.1:${redisPort}/`,
    'http://localhost/',
    'http://localhost./',
    'http://0x7f000001/',
    'http://2130706433/',
    'http://0177.0.0.1/',
    'http://0.0.0.0/',
    'http://[::1]/',
    'http://[::]/',
    'http://[::ffff:127.0.0.1]/',
    'https://[::ffff:7f00:1]/',
    'https://[64:ff9b::7f00:1]/',
    'https://169.254.169.254/latest/meta-data/',
    'https://[::ffff:a9fe:a9fe]/',
    'https://metadata.google.internal/computeMetadata/v1/',
    'https://10.0.0.1/',
    'https://0x0a000001/',
    'https://172.16.0.1/',
    'https://192.168.1.1/',
    'https://100.64.0.1/',
    'https://224.0.0.1/',
    'https://255.255.255.255/',
    'https://[fd00::1]/',
    'https://[fe80::1]/',
    'https://127.0.0.1.nip.io/',
    'https://169.254.169.254.nip.io/',
  ];
}

export const ssrfScenario: Scenario = {
  name: 'webhook SSRF',
  async run(service) {
    const auth = await service.keyFor('ssrf');
    const targets = internalTargets(service.redisPort);
    const accepted: string[] = [];
    for (const url of targets) {
      const response = await fetch(`${service.url}/v1/webhook`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({ url }),
      });
      await response.body?.cancel();
      if (response.ok) accepted.push(url);
    }
    return [
      {
        name: `internal webhook targets accepted (of ${targets.length})`,
        value: accepted.length,
        max: 0,
        detail: accepted.join(' '),
      },
    ];
  },
};

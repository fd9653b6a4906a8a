import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { hashTag } from '../../../src/runtime/redis-client.js';
import { parseRedisTarget } from '../../../src/runtime/redis-target.js';

describe('REDIS_URL: one server or a cluster', () => {
  it('hands a plain URL to ioredis as it is', () => {
    expect(parseRedisTarget('redis://:pw@10.0.0.5:6380/2')).toEqual({
      kind: 'single',
      url: 'redis://:pw@10.0.0.5:6380/2',
    });
  });

  it('reads a cluster URL: its nodes, credentials and TLS', () => {
    expect(parseRedisTarget('redis+cluster://127.0.0.1:7000,127.0.0.1:7001')).toEqual({
      kind: 'cluster',
      nodes: [
        { host: '127.0.0.1', port: 7000 },
        { host: '127.0.0.1', port: 7001 },
      ],
      tls: false,
    });
    expect(parseRedisTarget('rediss+cluster://app:s%40cret@redis-0.internal:6379/0')).toEqual({
      kind: 'cluster',
      nodes: [{ host: 'redis-0.internal', port: 6379 }],
      username: 'app',
      password: 's@cret',
      tls: true,
    });
  });

  it('says what is wrong with a bad URL, without repeating the password', () => {
    expect(() => parseRedisTarget('redis+cluster://')).toThrow('at least one node');
    expect(() => parseRedisTarget('redis+cluster://a:pw@host')).toThrow('not a cluster node: "host"');
    expect(() => parseRedisTarget('redis+cluster://h:1/3')).toThrow('only database 0');
    expect(() => parseRedisTarget('http://h:1')).toThrow('expected redis://');
    const bad = () => loadConfig({ REDIS_URL: 'redis+cluster://x:pw@h:99999' });
    expect(bad).toThrow('not a cluster node: "h:99999"');
    expect(bad).toThrow('at REDIS_URL');
    expect(bad).not.toThrow('pw');
  });

  it('takes REDIS_CLUSTER_NODES instead of REDIS_URL, never both', () => {
    expect(loadConfig({ REDIS_CLUSTER_NODES: 'a:7000, b:7001' }).REDIS_URL).toBe(
      'redis+cluster://a:7000, b:7001',
    );
    expect(() => loadConfig({ REDIS_CLUSTER_NODES: 'a:7000', REDIS_URL: 'redis://a:6379' })).toThrow(
      'not both',
    );
    expect(() => loadConfig({ REDIS_CLUSTER_NODES: 'a' })).toThrow('not a cluster node');
  });
});

describe('hash tags', () => {
  it('are the id between braces, encoded so no id can close the tag early', () => {
    expect(hashTag('trp_abc')).toBe('{trp_abc}');
    expect(hashTag('a}b{c')).toBe('{a%7Db%7Bc}');
  });
});

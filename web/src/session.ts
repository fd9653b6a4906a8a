/**
 * The API key stays in this browser only: sessionStorage by default (gone with the tab), or
 * localStorage when the person asks to be remembered. Sign-out clears both.
 */
const KEY = 'trip-planner.api-key';

export function storedKey(): string | null {
  return sessionStorage.getItem(KEY) ?? localStorage.getItem(KEY);
}

export function storeKey(key: string, remember: boolean): void {
  clearKey();
  (remember ? localStorage : sessionStorage).setItem(KEY, key);
}

export function clearKey(): void {
  sessionStorage.removeItem(KEY);
  localStorage.removeItem(KEY);
}

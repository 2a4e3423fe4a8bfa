/**
 * The extension API as the browser itself provides it, for the content script only (the build
 * aliases "webextension-polyfill" to this module there; see vite.config.ts). Firefox has
 * `browser` with promises; Chrome's MV3 `chrome` returns promises too. Everything the content
 * script calls (runtime.sendMessage/onMessage/getURL/id, storage.local.get, storage.onChanged)
 * behaves the same in both when message listeners answer through sendResponse (messaging.ts
 * does). The polyfill's Proxy wrapper is evaluated on every page the script runs on, and
 * measured there: ~10 KB more code to compile and its set-up on each page load, for nothing the
 * content script needs. The background, popup and options pages keep the polyfill.
 */
import type { Browser } from "webextension-polyfill";

const scope = globalThis as { browser?: Browser; chrome?: Browser };
const api = (scope.browser?.runtime ? scope.browser : scope.chrome) as Browser;
export default api;

/** Results cross every boundary (messages, storage, parsing) as values, never as exceptions. */
export type Result<T, E = string> = {
    ok: true;
    value: T;
} | {
    ok: false;
    error: E;
};
export declare const ok: <T>(value: T) => Result<T, never>;
export declare const err: <E = string>(error: E) => Result<never, E>;

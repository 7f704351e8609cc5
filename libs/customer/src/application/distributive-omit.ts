/** Omit that keeps a union a union (plain Omit collapses the customer-type variants). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

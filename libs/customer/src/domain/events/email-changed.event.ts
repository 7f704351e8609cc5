export interface EmailChanged {
  readonly type: 'EmailChanged';
  readonly schemaVersion: 1;
  readonly occurredAt: string;
  readonly data: { readonly from: string | null; readonly to: string | null };
}

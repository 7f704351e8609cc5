/** The two messages the service sends (API.md §5.2). */
export type NotificationKind = 'verification-code' | 'contact-replaced';
export type NotificationChannel = 'email' | 'sms';

/**
 * One message, as the file sink writes it and the webhook sink posts it. `messageId` lets a
 * receiver drop a second delivery (delivery is at least once).
 */
export interface Notification {
  readonly messageId: string;
  readonly kind: NotificationKind;
  readonly channel: NotificationChannel;
  /** The recipient: an email address, or a mobile number in E.164. */
  readonly to: string;
  readonly customerId: string;
  readonly verificationId?: string;
  /** The verification code (verification-code only). */
  readonly code?: string;
  /** The new value, masked (contact-replaced only), so that the old owner notices a hijack. */
  readonly replacedBy?: string;
  readonly createdAt: string;
}

/** A message before the outbox gives it an id and a time. */
export type NewNotification = Omit<Notification, 'messageId' | 'createdAt'>;

export interface UserDescription {
  email_address?: string;
  description: string;
  data?: Record<string, unknown>;
}

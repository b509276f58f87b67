export interface UserInfo {
  identity?: string;
  name?: string;
  data?: Record<string, unknown>;
}

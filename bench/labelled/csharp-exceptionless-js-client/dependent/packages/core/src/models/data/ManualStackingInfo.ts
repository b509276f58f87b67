export interface ManualStackingInfo {
  title?: string;
  signature_data?: Record<string, string>;
}

export interface ICaptainDefinition {
    schemaVersion: number
    dockerfileLines?: string[]
    imageName?: string
    templateId?: string
}

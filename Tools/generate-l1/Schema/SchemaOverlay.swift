import CloudFormationModel

/// The service rules a resource schema does not state, written as a fragment of the schema
/// (`Tools/generate-l1/Overlays/<schema file>`), such as ElastiCache's rules for cache names and engines.
///
/// An overlay is merged into its schema before parsing: objects merge member by member, and any other value
/// replaces the schema's. Each rule says where it comes from in a `$comment`, and may describe its pattern in
/// words (`patternDescription`) for the messages that report a value that breaks it. `physicalNameProperty`
/// names the property that must be unique in an account or region when the primary identifier is not it.
enum SchemaOverlay {
  /// `schema` with `overlay` merged into it.
  static func merging(_ overlay: TemplateValue, into schema: TemplateValue) -> TemplateValue {
    guard var merged = schema.objectValue, let additions = overlay.objectValue else { return overlay }
    for member in additions {
      merged[member.key] = merged[member.key].map { merging(member.value, into: $0) } ?? member.value
    }
    return .object(merged)
  }
}

/// The generator's pipeline: resource schemas in, Swift files out.
///
/// 1. Parsing: each schema's JSON text becomes a ``ResourceSchema``.
/// 2. Translation: each schema becomes a ``ResourceModel``, the Swift shape of its class.
/// 3. Rendering: each model becomes the text of `Cfn<Name>.swift`; one support file serves them all.
///
/// The output depends on nothing but the schemas' contents, so running it twice gives the same files.
enum L1Generator {
  /// One generated file.
  struct OutputFile: Equatable {
    /// The file name, such as `CfnServerlessCache.swift`.
    var name: String
    /// The Swift source.
    var contents: String
  }

  /// Generates the Swift files for the given schemas.
  ///
  /// - Parameter schemas: each schema's source (for messages) and JSON text.
  /// - Returns: the files ordered by name.
  static func generate(schemas: [(source: String, text: String)]) throws(GeneratorError) -> [OutputFile] {
    var models: [ResourceModel] = []
    for schema in schemas {
      models.append(try ResourceModel(translating: try ResourceSchema(parsingJSON: schema.text, source: schema.source)))
    }
    models.sort { $0.className < $1.className }
    for (left, right) in zip(models, models.dropFirst()) where left.className == right.className {
      throw GeneratorError("\(left.typeName) and \(right.typeName) both become the class \(left.className)")
    }
    var files = [OutputFile(name: SupportFile.fileName, contents: try SupportFile.render(for: models))]
    for model in models { files.append(OutputFile(name: model.fileName, contents: try model.render())) }
    return files.sorted { $0.name < $1.name }
  }
}

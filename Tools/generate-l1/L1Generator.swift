/// The generator's pipeline: resource schemas in, Swift files out.
///
/// 1. Parsing: each schema's JSON text, with its overlay of service rules merged in, becomes a
///    ``ResourceSchema``.
/// 2. Translation: each schema becomes a ``ResourceModel``, the Swift shape of its class and its constraints.
/// 3. Rendering: each model becomes the text of `Cfn<Name>.swift` in its service's module; one support file per
///    module serves the module's classes.
///
/// The output depends on nothing but the inputs' contents, so running it twice gives the same files.
enum L1Generator {
  /// One generated file.
  struct OutputFile: Equatable {
    /// The path below the package's `Sources`, such as `AWSEC2/Generated/CfnVPC.swift`.
    var path: String
    /// The Swift source.
    var contents: String
  }

  /// One input file: its name (such as `aws-ec2-vpc.json`), where it is (for messages) and its text.
  struct InputFile {
    var name: String
    var source: String
    var text: String
  }

  /// Generates the Swift files for the given schemas and overlays (an overlay applies to the schema of the
  /// same file name).
  ///
  /// - Returns: the files of every module in ``ServiceModule/all``, ordered by path.
  static func generate(schemas: [InputFile], overlays: [InputFile]) throws(GeneratorError) -> [OutputFile] {
    let schemaNames = Set(schemas.map(\.name))
    if let orphan = overlays.first(where: { !schemaNames.contains($0.name) }) {
      throw GeneratorError("\(orphan.source): there is no schema \(orphan.name) for this overlay")
    }
    var models: [ResourceModel] = []
    for schema in schemas {
      let overlay = overlays.first { $0.name == schema.name }.map { (text: $0.text, source: $0.source) }
      let parsed = try ResourceSchema(parsingJSON: schema.text, overlay: overlay, source: schema.source)
      models.append(try ResourceModel(translating: parsed))
    }
    models.sort { ($0.module, $0.className) < ($1.module, $1.className) }
    for (left, right) in zip(models, models.dropFirst())
    where left.module == right.module && left.className == right.className {
      throw GeneratorError("\(left.typeName) and \(right.typeName) both become the class \(left.className)")
    }
    var files: [OutputFile] = []
    for module in ServiceModule.all {
      let moduleModels = models.filter { $0.module == module }
      guard !moduleModels.isEmpty else { continue }
      files.append(
        OutputFile(
          path: "\(module.generatedDirectory)/\(SupportFile.fileName)",
          contents: try SupportFile.render(for: moduleModels)))
      for model in moduleModels {
        files.append(OutputFile(path: "\(module.generatedDirectory)/\(model.fileName)", contents: try model.render()))
      }
    }
    return files.sorted { $0.path < $1.path }
  }
}

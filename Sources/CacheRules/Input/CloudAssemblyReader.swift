import CloudFormationModel
import Foundation

/// Reads the stacks of a cloud assembly (`manifest.json`, as the AWS CDK and this toolkit write it): each stack
/// artifact's template, its stack name and tags, and the construct path of each resource from the artifact's
/// metadata. Nested assemblies (CDK stages) are read too.
public enum CloudAssemblyReader {
  /// The deepest nesting of assemblies followed.
  static let nestingLimit = 16

  /// The stacks of the assembly in `directory`.
  ///
  /// - Throws: ``InputError`` when the manifest is missing or unreadable; a stack whose template cannot be read
  ///   is an error too.
  public static func read(directory: String) throws(InputError) -> TemplateSet {
    let base = URL(fileURLWithPath: directory)
    var errors: [InputError] = []
    let set = read(name: directory, prefix: directory.hasSuffix("/") ? directory : directory + "/", depth: 0) { name in
      let path = base.appendingPathComponent(name).path
      do throws(InputError) {
        return try TemplateReader.readText(path)
      } catch {
        errors.append(InputError(path: path, message: error.message))
        return nil
      }
    }
    if let error = errors.first { throw error }
    return try set.get()
  }

  /// The stacks of an assembly whose files `file` returns by name relative to the assembly; findings name each
  /// template `prefix` followed by its file name.
  public static func read(name: String, prefix: String = "", file: (String) -> String?) throws(InputError)
    -> TemplateSet
  {
    try read(name: name, prefix: prefix, depth: 0, file: file).get()
  }

  private static func read(name: String, prefix: String, depth: Int, file: (String) -> String?) -> Result<
    TemplateSet, InputError
  > {
    guard let manifestText = file("manifest.json") else {
      return .failure(InputError(path: name, message: "No manifest.json: not a cloud assembly."))
    }
    guard let manifest = try? TemplateValue(parsingJSON: manifestText),
      let artifacts = manifest["artifacts"]?.objectValue
    else {
      return .failure(InputError(path: name, message: "manifest.json is not a cloud assembly manifest."))
    }
    var templates: [TemplateSource] = []
    for artifact in artifacts {
      let properties = artifact.value["properties"]
      switch artifact.value["type"]?.stringValue {
      case "aws:cloudformation:stack":
        guard let templateFile = properties?["templateFile"]?.stringValue else { continue }
        guard let text = file(templateFile) else {
          return .failure(InputError(path: prefix + templateFile, message: "The stack's template cannot be read."))
        }
        do {
          var source = try TemplateReader.parse(text, name: prefix + templateFile, preferJSON: true)
          source.stackName = properties?["stackName"]?.stringValue ?? artifact.key
          for tag in properties?["tags"]?.objectValue ?? TemplateObject() {
            if let value = tag.value.stringValue { source.stackTags[tag.key] = value }
          }
          source.constructPaths = constructPaths(of: artifact.value, file: file)
          templates.append(source)
        } catch {
          return .failure(error)
        }
      case "cdk:cloud-assembly":
        guard depth < nestingLimit, let directory = properties?["directoryName"]?.stringValue else { continue }
        let nested = read(name: name, prefix: prefix + directory + "/", depth: depth + 1) { file(directory + "/" + $0) }
        switch nested {
        case .success(let set): templates += set.templates
        case .failure(let error): return .failure(error)
        }
      default: continue
      }
    }
    return .success(TemplateSet(templates))
  }

  /// Logical id → construct path, from the artifact's `metadata` and its `additionalMetadataFile`.
  private static func constructPaths(of artifact: TemplateValue, file: (String) -> String?) -> [String: String] {
    var entriesByPath = artifact["metadata"]?.objectValue ?? TemplateObject()
    if let metadataFile = artifact["additionalMetadataFile"]?.stringValue, let text = file(metadataFile),
      let extra = try? TemplateValue(parsingJSON: text).objectValue
    {
      for member in extra { entriesByPath[member.key] = member.value }
    }
    var paths: [String: String] = [:]
    for member in entriesByPath {
      for entry in member.value.arrayValue ?? [] where entry["type"]?.stringValue == "aws:cdk:logicalId" {
        guard let logicalID = entry["data"]?.stringValue else { continue }
        paths[logicalID] = member.key.hasPrefix("/") ? String(member.key.dropFirst()) : member.key
      }
    }
    return paths
  }
}

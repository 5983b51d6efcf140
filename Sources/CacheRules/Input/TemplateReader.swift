import CloudFormationModel
import Foundation

/// Reads CloudFormation templates from files: JSON, or YAML with short-form tags.
public enum TemplateReader {
  /// The largest template file read (CloudFormation accepts 1 MB; assemblies and tests may hold more).
  public static let sizeLimit = 64 * 1024 * 1024

  /// The template in the file at `path`.
  public static func read(path: String) throws(InputError) -> TemplateSource {
    let text = try readText(path)
    return try parse(text, name: path, preferJSON: path.lowercased().hasSuffix(".json"))
  }

  /// The template in `text`, named `name` in findings: JSON when it starts with `{`, YAML otherwise.
  ///
  /// - Throws: ``InputError`` when the text is neither JSON nor YAML, or has no `Resources` object.
  public static func parse(_ text: String, name: String, preferJSON: Bool = false) throws(InputError) -> TemplateSource
  {
    if let problem = NestingLimit.problem(in: text) { throw InputError(path: name, message: problem) }
    let value: TemplateValue
    let lines: [String: Int]
    let looksLikeJSON = text.first { !$0.isWhitespace } == "{"
    if looksLikeJSON || preferJSON, let json = try? TemplateValue(parsingJSON: text) {
      value = json
      lines = JSONResourceLines.lines(in: text)
    } else {
      do {
        (value, lines) = try YAMLTemplateReader.read(text)
      } catch {
        throw InputError(
          path: name, message: "Not a template: \(error.message). Give a CloudFormation template in JSON or YAML.")
      }
    }
    guard value["Resources"]?.objectValue != nil else {
      throw InputError(
        path: name,
        message:
          "Not a CloudFormation template: it has no Resources object. Give a template, or a cloud assembly directory.",
        isNotATemplate: true)
    }
    return TemplateSource(name: name, template: value, resourceLines: lines)
  }

  /// The UTF-8 text of the file at `path`.
  static func readText(_ path: String) throws(InputError) -> String {
    let url = URL(fileURLWithPath: path)
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    guard let attributes else { throw InputError(path: path, message: "No such file. Check the path.") }
    if let size = attributes[.size] as? NSNumber, size.intValue > sizeLimit {
      throw InputError(path: path, message: "The file is larger than \(sizeLimit / 1024 / 1024) MiB; it is not read.")
    }
    guard let data = try? Data(contentsOf: url) else {
      throw InputError(path: path, message: "The file cannot be read. Check its permissions.")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw InputError(path: path, message: "The file is not UTF-8 text. Give a template in JSON or YAML.")
    }
    return text
  }
}

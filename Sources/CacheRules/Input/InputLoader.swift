import Foundation

/// Turns the paths given on a command line into template sets: each cloud assembly directory is one set, and
/// every template file given (or found in a directory without a manifest) joins one more set.
public enum InputLoader {
  /// File name endings read as templates in a directory that is not a cloud assembly.
  static let templateExtensions = [".json", ".yaml", ".yml", ".template"]

  /// The sets to check, and the paths that could not be read.
  public static func load(paths: [String]) -> (sets: [TemplateSet], errors: [InputError]) {
    var sets: [TemplateSet] = []
    var loose: [TemplateSource] = []
    var errors: [InputError] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        errors.append(InputError(path: path, message: "No such file or directory. Check the path."))
        continue
      }
      guard isDirectory.boolValue else {
        do { loose.append(try TemplateReader.read(path: path)) } catch { errors.append(error) }
        continue
      }
      let manifest = URL(fileURLWithPath: path).appendingPathComponent("manifest.json").path
      if FileManager.default.fileExists(atPath: manifest) {
        do { sets.append(try CloudAssemblyReader.read(directory: path)) } catch { errors.append(error) }
        continue
      }
      let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().filter { name in
        templateExtensions.contains { name.lowercased().hasSuffix($0) }
      }
      let errorCount = errors.count
      var found = 0
      for name in names {
        let file = URL(fileURLWithPath: path).appendingPathComponent(name).path
        do {
          loose.append(try TemplateReader.read(path: file))
          found += 1
        } catch  where !error.isNotATemplate {
          errors.append(error)
        } catch {
          continue
        }
      }
      if found == 0 && errors.count == errorCount {
        errors.append(InputError(path: path, message: "The directory holds no CloudFormation template."))
      }
    }
    if !loose.isEmpty { sets.append(TemplateSet(loose)) }
    return (sets, errors)
  }
}

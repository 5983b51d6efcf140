import ArgumentParser
import CloudFormationModel
import Constructs

/// Output formats for templates printed by `synth --stack`.
enum TemplateFormat: String, ExpressibleByArgument, CaseIterable {
  case json
  case yaml
}

/// `synth`: validates the app and writes the cloud assembly.
struct SynthCommand: AppSubcommand {
  static let configuration = CommandConfiguration(
    commandName: "synth",
    abstract: "Validate the app and write the cloud assembly (templates, asset manifests, manifest.json).",
    discussion: """
      With --stack, the selected stack's template is also printed.

      Examples:
        swift run my-app synth
        swift run my-app synth --output build/cdk.out --stack CacheStack --format yaml
      """
  )

  @Option(name: .shortAndLong, help: "The directory to write the cloud assembly to (default: CDK_OUTDIR or cdk.out).")
  var output: String?

  @Option(name: .shortAndLong, help: "The template format to print with --stack: json or yaml.")
  var format: TemplateFormat = .json

  @Option(name: .shortAndLong, help: "A stack (artifact id, stack name or path) whose template to print.")
  var stack: String?

  func execute(on app: App, console: Console) -> Int32 {
    let assembly: CloudAssembly
    do {
      assembly = try app.synth(outdir: output)
    } catch {
      console.messages(error.description)
      return 1
    }
    for warning in assembly.warnings { console.messages(warning.description) }
    guard let stack else {
      let names = assembly.stacks.map(\.artifactID).joined(separator: ", ")
      console.messages("Wrote the cloud assembly to \(assembly.directory) (\(assembly.stacks.count) stacks: \(names)).")
      return 0
    }
    guard let artifact = assembly.stack(stack) ?? assembly.stacks.first(where: { $0.path == stack }) else {
      let names = assembly.stacks.map(\.artifactID).joined(separator: ", ")
      console.messages("No stack named '\(stack)'. The app has: \(names).")
      return 1
    }
    switch format {
    case .json:
      console.output(artifact.template.jsonString(indent: 1))
    case .yaml:
      do {
        console.output(try artifact.template.yamlString())
      } catch {
        console.messages("Could not render YAML: \(error)")
        return 1
      }
    }
    return 0
  }
}

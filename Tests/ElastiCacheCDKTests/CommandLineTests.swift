import ElastiCacheCDK
import Foundation
import Testing

@Suite("The app's command line")
struct CommandLineTests {
  /// What a command printed to standard output and standard error.
  private final class Captured {
    var output: [String] = []
    var messages: [String] = []
    var console: Console {
      Console(output: { self.output.append($0) }, messages: { self.messages.append($0) })
    }
  }

  private static func temporaryDirectory(_ name: String = #function) -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("cli-tests-\(UUID().uuidString)-\(name.filter { $0.isLetter })").path
  }

  /// Two stacks, like the bundled example.
  private static func makeApp(outdir: String) -> App {
    let app = App(outdir: outdir, environment: [:])
    let platform = Stack(app, "CachePlatform")
    let log = CfnResource(platform, "AuditLog", type: "AWS::Logs::LogGroup", properties: ["RetentionInDays": 30])
    let service = Stack(app, "EnrollmentService", stackName: "enrollment")
    _ = CfnResource(
      service, "Setting", type: "AWS::SSM::Parameter",
      properties: [
        "Type": "String", "Value": CfnValue(log.getAtt("Arn")),
        "Description": "123", "Name": "true", "AllowedPattern": "", "Tier": "Standard",
      ])
    return app
  }

  private static func fileExists(_ directory: String, _ name: String) -> Bool {
    FileManager.default.fileExists(atPath: URL(fileURLWithPath: directory).appendingPathComponent(name).path)
  }

  @Test("Without arguments the app synthesizes into its output directory, as the AWS CDK CLI runs it")
  func noArguments() {
    let outdir = Self.temporaryDirectory()
    let captured = Captured()
    let status = Self.makeApp(outdir: outdir).runCommand([], console: captured.console)
    #expect(status == 0)
    #expect(Self.fileExists(outdir, "manifest.json"))
    #expect(Self.fileExists(outdir, "CachePlatform.template.json"))
    #expect(
      captured.messages == ["Wrote the cloud assembly to \(outdir) (2 stacks: CachePlatform, EnrollmentService)."])
    #expect(captured.output.isEmpty)
  }

  @Test("synth --output writes the assembly to the given directory instead")
  func synthOutput() {
    let outdir = Self.temporaryDirectory()
    let elsewhere = Self.temporaryDirectory() + "-elsewhere"
    let status = Self.makeApp(outdir: outdir).runCommand(["synth", "--output", elsewhere], console: Captured().console)
    #expect(status == 0)
    #expect(Self.fileExists(elsewhere, "EnrollmentService.template.json"))
    #expect(!FileManager.default.fileExists(atPath: outdir))
  }

  @Test("synth --stack NAME --format yaml prints the stack's template as YAML, in template order")
  func synthStackYAML() throws {
    let captured = Captured()
    let status = Self.makeApp(outdir: Self.temporaryDirectory()).runCommand(
      ["synth", "--stack", "enrollment", "--format", "yaml"], console: captured.console)
    #expect(status == 0)
    let yaml = try #require(captured.output.first)
    #expect(
      yaml.hasPrefix("Resources:\n  Setting:\n    Type: AWS::SSM::Parameter\n    Properties:\n      Type: String\n"))
    #expect(yaml.contains("      Value:\n        Fn::ImportValue: CachePlatform:ExportsOutputFnGetAttAuditLogArn"))
    #expect(yaml.contains("      Description: '123'\n      Name: 'true'\n      AllowedPattern: ''\n"))
  }

  @Test("synth --stack prints JSON by default, selecting the stack by artifact id or path")
  func synthStackJSON() throws {
    let captured = Captured()
    let status = Self.makeApp(outdir: Self.temporaryDirectory()).runCommand(
      ["synth", "--stack", "CachePlatform"], console: captured.console)
    #expect(status == 0)
    let json = try #require(captured.output.first)
    #expect(try TemplateValue(parsingJSON: json)["Resources"]?["AuditLog"]?["Type"] == "AWS::Logs::LogGroup")
    #expect(json.hasPrefix("{\n \"Resources\": {\n  \"AuditLog\": {"))
  }

  @Test("An unknown stack is an error that lists the app's stacks")
  func unknownStack() {
    let captured = Captured()
    let status = Self.makeApp(outdir: Self.temporaryDirectory()).runCommand(
      ["synth", "--stack", "Nope"], console: captured.console)
    #expect(status == 1)
    #expect(captured.messages.last == "No stack named 'Nope'. The app has: CachePlatform, EnrollmentService.")
  }

  @Test("validate lists every error of a broken app and exits 1, writing nothing")
  func validateBroken() {
    let outdir = Self.temporaryDirectory()
    let app = Self.makeApp(outdir: outdir)
    let stack = Stack(app, "Broken", stackName: "not valid")
    _ = Construct(stack, "")
    let captured = Captured()
    let status = app.runCommand(["validate"], console: captured.console)
    #expect(status == 1)
    #expect(
      captured.output == [
        """
        Validation failed with 2 errors:
          [Broken] error StackNameInvalidFormat: Stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got 'not valid'
          [Broken] error InvalidConstructID: Only root constructs may have an empty ID
        """
      ])
    #expect(!FileManager.default.fileExists(atPath: outdir))
  }

  @Test("validate on a good app reports no errors and exits 0, writing nothing")
  func validateGood() {
    let outdir = Self.temporaryDirectory()
    let captured = Captured()
    let status = Self.makeApp(outdir: outdir).runCommand(["validate"], console: captured.console)
    #expect(status == 0)
    #expect(captured.output == ["No errors in 2 stacks (0 warnings)."])
    #expect(!FileManager.default.fileExists(atPath: outdir))
  }

  @Test("A failing synth prints the errors and exits 1")
  func synthBroken() {
    let app = Self.makeApp(outdir: Self.temporaryDirectory())
    _ = Construct(app, "")
    let captured = Captured()
    #expect(app.runCommand(["synth"], console: captured.console) == 1)
    #expect(captured.messages.first?.contains("[<app>] error InvalidConstructID") == true)
  }

  @Test("--help explains the commands with examples, including deploying with the AWS CDK CLI")
  func help() throws {
    let captured = Captured()
    let status = Self.makeApp(outdir: Self.temporaryDirectory()).runCommand(["--help"], console: captured.console)
    #expect(status == 0)
    let help = try #require(captured.output.first, "stdout: \(captured.output), stderr: \(captured.messages)")
    #expect(help.contains("Examples:"))
    #expect(help.contains("swift run my-app synth --stack CacheStack --format yaml"))
    #expect(help.contains(#"cdk deploy --app "swift run my-app""#))
    #expect(help.contains("validate"))
    let synthHelp = Captured()
    #expect(
      Self.makeApp(outdir: Self.temporaryDirectory()).runCommand(["synth", "--help"], console: synthHelp.console) == 0)
    #expect(synthHelp.output.first?.contains("--output") == true)
  }

  @Test("YAML output quotes every string that would read back as a number, Boolean, null or date, keys included")
  func yamlQuoting() throws {
    let app = App(outdir: Self.temporaryDirectory(), environment: [:])
    let stack = Stack(app, "Quoting")
    let tricky = ["123", "1.5", "true", "yes", "Off", "null", "~", "", "0x1F", "1_000", "12:30", "2024-01-01", "1e3"]
    _ = CfnResource(
      stack, "Parameter", type: "AWS::SSM::Parameter",
      properties: [
        "Type": "StringList", "Value": .array(tricky.map { .string(StringValue($0)) }),
        "Tags": ["10": "ten", "plain": "text: with colon", "number": 10, "flag": true],
      ])
    let captured = Captured()
    #expect(app.runCommand(["synth", "--stack", "Quoting", "--format", "yaml"], console: captured.console) == 0)
    let yaml = try #require(captured.output.first)
    let expected = """
      Resources:
        Parameter:
          Type: AWS::SSM::Parameter
          Properties:
            Type: StringList
            Value:
            - '123'
            - '1.5'
            - 'true'
            - 'yes'
            - 'Off'
            - 'null'
            - '~'
            - ''
            - '0x1F'
            - '1_000'
            - '12:30'
            - '2024-01-01'
            - '1e3'
            Tags:
              '10': ten
              plain: 'text: with colon'
              number: 10
              flag: true

      """
    #expect(yaml.hasPrefix(expected))
  }

  @Test("An unknown option is a usage error with a non-zero exit")
  func unknownOption() {
    let captured = Captured()
    let status = Self.makeApp(outdir: Self.temporaryDirectory()).runCommand(
      ["synth", "--bogus"], console: captured.console)
    #expect(status != 0)
    #expect(captured.messages.first?.contains("--bogus") == true)
  }
}

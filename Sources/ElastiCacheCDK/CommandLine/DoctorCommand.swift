import ArgumentParser
import CachePlatform
import Constructs

/// `doctor`: the shared-cache migration checklist for every service of the app.
struct DoctorCommand: AppSubcommand {
  static let configuration = CommandConfiguration(
    commandName: "doctor",
    abstract: "Check every service's adoption of the shared cache: user and secret, environment, grant, network, "
      + "health check, old configuration.",
    discussion: """
      Synthesizes the app in memory (nothing is written) and prints the six-step checklist per service,
      with what is done and what is missing. Exits 1 when a step is missing for any service.

      Example:
        swift run my-app doctor
      """
  )

  func execute(on app: App, console: Console) -> Int32 {
    let assembly: CloudAssembly
    do {
      assembly = try app.synthesize()
    } catch {
      console.messages(error.description)
      return 1
    }
    let reports = MigrationChecklist.evaluate(app, assembly: assembly)
    console.output(MigrationChecklist.render(reports))
    return reports.allSatisfy(\.isComplete) ? 0 : 1
  }
}

import ElastiCacheCDK
import Foundation

// Measures synthesis: building the construct tree, validating, resolving and rendering every
// template in memory, and (with --write) writing the cloud assembly.
//
//   swift run -c release synthesis-benchmark [--workload caches|core] [--iterations N] [--write DIR]
//   swift run -c release synthesis-benchmark --workload caches --once --write DIR   # one synthesis, for `time`

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, in arguments: [String]) -> String? {
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
  return arguments[index + 1]
}
let workloads =
  option("--workload", in: arguments).map { name in Workload.allCases.filter { $0.rawValue == name } }
  ?? Workload.allCases
let iterations = option("--iterations", in: arguments).flatMap(Int.init) ?? 20
let writeDirectory = option("--write", in: arguments)
let once = arguments.contains("--once")

for workload in workloads {
  var seconds: [Double] = []
  var templates = 0
  var resources = 0
  for iteration in 0..<(once ? 1 : iterations) {
    let start = ContinuousClock.now
    let app = workload.makeApp(outdir: writeDirectory ?? "unused")
    do {
      let assembly = writeDirectory == nil ? try app.synthesize() : try app.synth()
      if iteration == 0 {
        templates = assembly.stacks.count
        resources = assembly.stacks.reduce(0) { $0 + ($1.template["Resources"]?.objectValue?.count ?? 0) }
      }
    } catch {
      print("\(workload.rawValue): synthesis failed:\n\(error)")
      exit(1)
    }
    let elapsed = start.duration(to: .now)
    seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
  }
  seconds.sort()
  let median = seconds[seconds.count / 2]
  let format = { (value: Double) in String(format: "%.1f ms", value * 1000) }
  print(
    "\(workload.rawValue): \(templates) stacks, \(resources) resources — median \(format(median)), "
      + "min \(format(seconds[0])), max \(format(seconds[seconds.count - 1])) over \(seconds.count) runs")
}

import AdvocacyKit
import Foundation

/// Converts the jobs of `advocacy convert`, on worker threads: reads a job's bytes, converts
/// them, renders the output format and (with `--out`) stages the output file.
///
/// It holds the options it needs as plain values, read once: workers need them for every
/// document, and reading an option of the parsed command is slower (argument-parser's property
/// wrappers).
struct JobConverter: Sendable {
    let converter: PressReleaseConverter
    let format: ConvertCommand.Format
    /// `--input-format`, for the jobs whose input does not say its format.
    let inputFormat: InputFormat?
    /// What stands in for a missing publication date in FRBR (Akoma Ntoso only), resolved
    /// once, so that a run's documents share it.
    let generationDate: PartialDate?
    /// Whether conversion and export warnings are reported (no `--quiet`).
    let reportsWarnings: Bool

    /// Converts a planned job and (with --out) stages its file.
    func perform(_ plan: ConvertCommand.PlannedJob) -> ConvertCommand.JobResult {
        let job = plan.job
        if let path = plan.path, let owner = plan.owner {
            let message =
                "its output \(path) is written from \(owner) already; give the inputs different names or convert them in separate runs"
            return ConvertCommand.JobResult(
                output: .failure(JobError(message: message, isUsage: false)), messages: ["\(job.label): error: \(message)"])
        }
        var result = convert(job)
        if let path = plan.path, case .success(.bytes(let bytes)) = result.output {
            do throws(OutputError) {
                result.output = .success(.staged(try BatchWriter.stage(bytes, at: path, createsFolder: true)))
            } catch {
                result.messages.append(error.description)
                result.output = .failure(JobError(message: error.message, isUsage: true))
            }
        }
        return result
    }

    /// Converts one job into the bytes of its output.
    func convert(_ job: ConversionJob) -> ConvertCommand.JobResult {
        let data: Data
        switch job.content.load() {
        case .success(let bytes): data = bytes
        case .failure(let error):
            return ConvertCommand.JobResult(output: .failure(error), messages: ["\(job.label): error: \(error.message)"])
        }
        var messages: [String] = []
        do {
            let conversion = try converter.convert(data: data, format: job.format ?? inputFormat, fileName: job.fileName)
            if reportsWarnings {
                for diagnostic in conversion.diagnostics where diagnostic.severity == .warning {
                    messages.append("\(job.label): \(diagnostic)")
                }
            }
            let bytes: Data
            switch format {
            case .json: bytes = try conversion.dossier.jsonData()
            case .jsonl: bytes = try conversion.dossier.jsonData(format: .compact) + Data("\n".utf8)
            case .akn:
                let exporter = AKNExporter(
                    generationDate: conversion.dossier.document.published == nil ? generationDate : nil,
                    unrepresentableCharacters: .replace)
                let export = try exporter.export(conversion.dossier)
                if reportsWarnings { messages += export.warnings.map { "\(job.label): warning: \($0)" } }
                bytes = export.xml
            }
            return ConvertCommand.JobResult(output: .success(.bytes(bytes)), messages: messages)
        } catch {
            messages.append("\(job.label): error: \(error)")
            return ConvertCommand.JobResult(output: .failure(JobError(message: "\(error)", isUsage: false)), messages: messages)
        }
    }
}

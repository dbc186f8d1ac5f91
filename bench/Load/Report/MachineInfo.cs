using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Hub.Bench.Report;

/// <summary>What the numbers were measured on, read from /proc and the runtime.</summary>
public sealed record MachineInfo(string Cpu, int Cores, double MemoryGiB, string Os, string Runtime, string Sdk, string LoadAverage)
{
    public static MachineInfo Read() => new(
        Cpu: ProcLine("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Cores: Environment.ProcessorCount,
        MemoryGiB: (ProcLine("/proc/meminfo", "MemTotal") is { } total ? double.Parse(total.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) : 0) / 1024 / 1024,
        Os: OsName(),
        Runtime: RuntimeInformation.FrameworkDescription,
        Sdk: Command("dotnet", "--version"),
        LoadAverage: CurrentLoad());

    public static string CurrentLoad() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string? ProcLine(string file, string key) =>
        File.Exists(file) ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null;

    private static string OsName()
    {
        var pretty = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"')
            : null;
        return $"{pretty ?? RuntimeInformation.OSDescription} (kernel {Environment.OSVersion.Version})";
    }

    /// <summary>A command's standard output, trimmed; "?" when it cannot be run.</summary>
    public static string Command(string file, string args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }
}

# Sourced by the benchmark scripts: publishes the CLI the ways it is deployed, into WORKDIR, and sets
#   aot   the Native AOT build, compiled to native code ahead of time (empty when no clang or gcc is installed);
#   r2r   the ReadyToRun build, published for this platform and precompiled, hot code recompiled as it runs;
#   built the plain Release build, what `dotnet run -c Release` runs, compiled as it runs.
# Usage: source tests/EvalHarness.Benchmarks/publish-tools.sh WORKDIR   (from the repository's root)
# See "Native AOT" in docs/performance.md.
publish_work=$1
publish_rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
publish_linker=$(command -v clang || ls /usr/bin/clang-[0-9]* 2> /dev/null | sort -V | tail -n 1 || command -v gcc || true)
aot=""
if [ -n "$publish_linker" ]; then
  dotnet publish src/EvalHarness.Cli -c Release -r "$publish_rid" -p:PublishAot=true \
    -p:CppCompilerAndLinker="$(basename "$publish_linker")" -o "$publish_work/tool-aot" -v q -nologo > /dev/null
  aot="$publish_work/tool-aot/eval-harness"
else
  echo "no clang or gcc found: the Native AOT build is skipped"
fi
dotnet publish src/EvalHarness.Cli -c Release -r "$publish_rid" --self-contained false -o "$publish_work/tool" -v q -nologo > /dev/null
r2r="$publish_work/tool/eval-harness"
dotnet build src/EvalHarness.Cli -c Release -v q -nologo > /dev/null
built="dotnet src/EvalHarness.Cli/bin/Release/net10.0/eval-harness.dll"

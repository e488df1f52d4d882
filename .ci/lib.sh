# Shared by .ci/run and the scripts it runs. Source it; it defines functions only.

# The README's test command as CI runs it (with --no-build after a build step). Not '-v q': that hides each failing
# test's message, and with it the snapshot's diff and how to accept it; the default verbosity shows every failure with
# its message, and passing tests stay quiet. Extra arguments go to dotnet test.
ci_tests() {
  dotnet test EvalHarness.sln -nologo "$@"
}

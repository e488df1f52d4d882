// The advisor and the loaders take stack buffers for every scenario (the folded text, the cue hits); every one is
// written before it is read, so zeroing them, which costs as much as a short scan, is skipped.
[module: System.Runtime.CompilerServices.SkipLocalsInit]

// The build must have failed because javac refused the unexported package, and for no other
// reason: the error names the package and its module, and it is the only one.
def log = new File(basedir, 'build.log').text

def refused = 'package io.larkgen.runtime.internal.http is not visible'
def why = 'package io.larkgen.runtime.internal.http is declared in module io.larkgen.runtime, which does not export it'
assert log.contains(refused) : "javac did not refuse io.larkgen.runtime.internal.http; build.log:\n$log"
assert log.contains(why) : "javac did not say the runtime does not export the package; build.log:\n$log"
assert log.contains('InternalUse.java') : "the error is not in InternalUse.java; build.log:\n$log"
assert log =~ /(?m)^\[INFO\] 1 error$/ : "javac reported more than the one error; build.log:\n$log"
assert !log.contains('PublicUse.java') : "the public API use failed to compile; build.log:\n$log"

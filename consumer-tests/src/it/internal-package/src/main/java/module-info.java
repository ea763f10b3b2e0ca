/** A module that reads the runtime and tries to use one of its unexported packages. */
module com.example.internals {
  requires io.larkgen.runtime;
}

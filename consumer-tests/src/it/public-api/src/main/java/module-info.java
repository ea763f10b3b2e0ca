/**
 * An application of the Hire client on the module path.
 *
 * <p>The Hire client is an automatic module (its jar names itself in the manifest), which
 * {@code -Xlint:all} reports on a {@code requires}; the suppression covers that warning only.
 */
@SuppressWarnings("requires-automatic")
module com.example.interviews {
  requires io.larkgen.hire;
  requires io.larkgen.runtime;
  // The Hire client's records carry Jackson annotations, which an automatic module cannot
  // pass on to its readers.
  requires com.fasterxml.jackson.annotation;
}

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
}

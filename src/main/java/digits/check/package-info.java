/** Argument checks with one wording for the whole library ({@link digits.check.Check}); depends on nothing. */
package digits.check;

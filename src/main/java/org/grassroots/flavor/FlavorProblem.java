package org.grassroots.flavor;

/** A Flavor Generator request that cannot be answered, with the field at fault and a reason a shopper can read. */
public class FlavorProblem extends RuntimeException {

    private final String field;

    public FlavorProblem(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

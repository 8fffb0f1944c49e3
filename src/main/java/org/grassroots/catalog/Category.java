package org.grassroots.catalog;

/** A node of the category taxonomy; top-level categories have no parent. */
public record Category(String slug, String parent, String name) {

    public boolean topLevel() {
        return parent == null;
    }
}

package org.grassroots.safety.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.grassroots.common.UserId;
import org.grassroots.safety.Allergen;
import org.grassroots.safety.Diet;
import org.grassroots.safety.Severity;
import org.grassroots.safety.domain.Household;
import org.grassroots.safety.domain.Member;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for households and their members. */
@Repository
public class HouseholdStore {

    private final JdbcClient jdbc;

    HouseholdStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Household household(UserId user) {
        return new Household(
                jdbc.sql("""
                        select id, name, allergens, strict_allergens, diets from household_member
                        where user_id = ? order by id""").param(user.value()).query((rs, row) -> member(rs)).list());
    }

    public long add(UserId user, Member m) {
        return jdbc.sql("""
                        insert into household_member (user_id, name, allergens, strict_allergens, diets)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(user.value(), m.name(), allergens(m, null), allergens(m, Severity.TRACES), diets(m))
                .query(Long.class)
                .single();
    }

    /** Replaces one of the user's members; false if the member is not theirs. */
    public boolean update(UserId user, Member m) {
        return jdbc.sql("""
                        update household_member set name = ?, allergens = ?, strict_allergens = ?, diets = ?
                        where id = ? and user_id = ?""")
                        .params(
                                m.name(),
                                allergens(m, null),
                                allergens(m, Severity.TRACES),
                                diets(m),
                                m.id(),
                                user.value())
                        .update()
                == 1;
    }

    public boolean remove(UserId user, long memberId) {
        return jdbc.sql("delete from household_member where id = ? and user_id = ?")
                        .params(memberId, user.value())
                        .update()
                == 1;
    }

    private static String[] allergens(Member m, Severity only) {
        return m.allergens().entrySet().stream()
                .filter(e -> only == null || e.getValue() == only)
                .map(e -> e.getKey().code())
                .sorted()
                .toArray(String[]::new);
    }

    private static String[] diets(Member m) {
        return m.diets().stream().map(Diet::code).sorted().toArray(String[]::new);
    }

    private static Member member(ResultSet rs) throws SQLException {
        Map<Allergen, Severity> allergens = new EnumMap<>(Allergen.class);
        Set<Allergen> strict = codes(rs.getArray("strict_allergens"), Allergen::fromCode, Allergen.class);
        for (Allergen a : codes(rs.getArray("allergens"), Allergen::fromCode, Allergen.class)) {
            allergens.put(a, strict.contains(a) ? Severity.TRACES : Severity.CONTAINS);
        }
        return new Member(
                rs.getLong("id"),
                rs.getString("name"),
                allergens,
                codes(rs.getArray("diets"), Diet::fromCode, Diet.class));
    }

    static <E extends Enum<E>> Set<E> codes(Array array, Function<String, Optional<E>> parse, Class<E> type)
            throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        if (array != null) {
            List<String> codes = new ArrayList<>(Arrays.asList((String[]) array.getArray()));
            codes.forEach(c -> parse.apply(c).ifPresent(values::add));
        }
        return values;
    }
}

package org.mosaiccrm.commons.jpa;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.MapKeyColumn;
import javax.persistence.PrePersist;
import javax.persistence.PreUpdate;

import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/**
 * The columns' own limits, enforced before every insert and update: an entity listener
 * ({@code @EntityListeners(ColumnLimits.class)}) that reads each field's {@code @Column} (and an element
 * collection's {@code @MapKeyColumn}) and refuses, with a 422 naming the field, a text longer than its
 * column, a decimal with more digits than its {@code precision}/{@code scale}, or an instant outside the
 * years 1 to 9999 that every SQL timestamp holds. The limits are declared once, next to the column; a value
 * the service's own rules forgot to check becomes a clear refusal instead of a database error (a 500).
 * Services still check what they can name better (e.g. "first and last name together").
 */
public final class ColumnLimits {

    // a ClassValue, not a map: an uninstalled module's entity classes must not stay reachable from here
    private static final ClassValue<List<Field>> COLUMNS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            return findColumns(type);
        }
    };

    @PrePersist
    @PreUpdate
    public void check(Object entity) {
        List<FieldError> errors = new ArrayList<>();
        for (Field field : columns(entity.getClass())) {
            Object value;
            try {
                value = field.get(entity);
            } catch (IllegalAccessException e) {
                continue;
            }
            check(errors, field, value);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void check(List<FieldError> errors, Field field, Object value) {
        Column column = field.getAnnotation(Column.class);
        String name = field.getName();
        if (field.isAnnotationPresent(javax.persistence.Lob.class)) {
            return; // a CLOB: @Column's length (255 by default) says nothing about it
        }
        if (value instanceof String text && column != null) {
            FieldError.checkLength(errors, name, text, column.length());
        } else if (value instanceof BigDecimal amount && column != null && column.precision() > 0) {
            FieldError.checkDecimal(errors, name, amount, column.precision(), column.scale());
        } else if (value instanceof Instant at) {
            FieldError.checkInstant(errors, name, at);
        } else if (value instanceof Collection<?> elements && column != null) {
            for (Object element : elements) {
                if (element instanceof String text && text.length() > column.length()) {
                    errors.add(new FieldError(name, "each must be at most " + column.length() + " characters"));
                    break;
                }
            }
        } else if (value instanceof Map<?, ?> entries) {
            MapKeyColumn key = field.getAnnotation(MapKeyColumn.class);
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                if (key != null && entry.getKey() instanceof String text && text.length() > key.length()) {
                    errors.add(new FieldError(name, "names must be at most " + key.length() + " characters"));
                    break;
                }
                if (column != null && entry.getValue() instanceof String text && text.length() > column.length()) {
                    errors.add(new FieldError(name + "." + entry.getKey(), "must be at most " + column.length() + " characters"));
                    break;
                }
            }
        }
    }

    private static List<Field> columns(Class<?> type) {
        return COLUMNS.get(type);
    }

    private static List<Field> findColumns(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                        && (field.isAnnotationPresent(Column.class) || field.getType() == Instant.class)) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return List.copyOf(fields);
    }
}

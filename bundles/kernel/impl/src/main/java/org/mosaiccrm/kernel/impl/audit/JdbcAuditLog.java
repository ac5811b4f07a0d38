package org.mosaiccrm.kernel.impl.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditEntry;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.AuditQuery;
import org.mosaiccrm.kernel.api.audit.AuditRecord;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.mosaiccrm.kernel.impl.schema.KernelSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The audit trail in {@code KERNEL_AUDIT}, written with plain JDBC on the {@code crm} DataSource.
 * That DataSource is XA and pooled by pax-transx: a connection taken while a JTA transaction runs
 * is enlisted in it, so a module's audit record shares its change's transaction. Records are only
 * ever inserted, except that an erasure rewrites the erased entity's values.
 */
@Component(service = AuditLog.class)
public class JdbcAuditLog implements AuditLog {

    static final String TABLE = "KERNEL_AUDIT";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final CallerContext callers;

    @Activate
    public JdbcAuditLog(@Reference(target = "(osgi.jndi.service.name=crm)") DataSource dataSource,
                        @Reference CallerContext callers,
                        @Reference(target = KernelSchema.TARGET) ModuleSchema schema) {
        this.dataSource = dataSource;
        this.callers = callers;
    }

    @Override
    public void record(String module, String entityType, String entityId, AuditAction action, List<FieldChange> changes) {
        recordAll(module, List.of(new AuditEntry(entityType, entityId, action, changes)));
    }

    @Override
    public void recordAll(String module, List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        String user = callers.name();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                     + " (RECORDED_AT, USER_NAME, MODULE, ENTITY_TYPE, ENTITY_ID, ACTION_TYPE, CHANGES) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEntry entry : entries) {
                insert.setTimestamp(1, now);
                insert.setString(2, user);
                insert.setString(3, module);
                insert.setString(4, entry.entityType());
                insert.setString(5, entry.entityId());
                insert.setString(6, entry.action().name());
                insert.setString(7, JSON.writeValueAsString(entry.changes()));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            // no audit, no change: the caller's transaction fails with it
            throw new IllegalStateException("cannot write the audit record: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void redact(String module, String entityType, String entityId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT ID, CHANGES FROM " + TABLE
                     + " WHERE ENTITY_TYPE = ? AND ENTITY_ID = ?");
             PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE + " SET CHANGES = ? WHERE ID = ?")) {
            select.setString(1, entityType);
            select.setString(2, entityId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    List<FieldChange> changes = rs.getString(2) == null ? List.of() : JSON.readValue(rs.getString(2), CHANGES);
                    update.setString(1, JSON.writeValueAsString(changes.stream().map(JdbcAuditLog::redacted).toList()));
                    update.setLong(2, rs.getLong(1));
                    update.addBatch();
                }
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot redact the audit trail: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        record(module, entityType, entityId, AuditAction.ERASE, List.of());
    }

    private static FieldChange redacted(FieldChange change) {
        return new FieldChange(change.field(), change.before() == null ? null : ERASED,
                change.after() == null ? null : ERASED);
    }

    @Override
    public Page<AuditRecord> find(AuditQuery query, PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        condition(where, parameters, "ENTITY_TYPE = ?", query.entityType());
        condition(where, parameters, "ENTITY_ID = ?", query.entityId());
        condition(where, parameters, "USER_NAME = ?", query.user());
        condition(where, parameters, "RECORDED_AT >= ?", query.from() == null ? null : Timestamp.from(query.from()));
        condition(where, parameters, "RECORDED_AT < ?", query.to() == null ? null : Timestamp.from(query.to()));
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = prepare(connection, "SELECT COUNT(*) FROM " + TABLE + where, parameters);
                 ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<AuditRecord> records = new ArrayList<>();
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(page.offset());
            paged.add(page.limit());
            try (PreparedStatement select = prepare(connection, "SELECT ID, RECORDED_AT, USER_NAME, MODULE, ENTITY_TYPE, ENTITY_ID, "
                    + "ACTION_TYPE, CHANGES FROM " + TABLE + where + " ORDER BY ID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", paged);
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    records.add(new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), AuditAction.valueOf(rs.getString(7)),
                            rs.getString(8) == null ? List.of() : JSON.readValue(rs.getString(8), CHANGES)));
                }
            }
            return Page.of(records, total, page);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit trail: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void condition(StringBuilder where, List<Object> parameters, String clause, Object value) {
        if (value != null) {
            where.append(" AND ").append(clause);
            parameters.add(value);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }
}

package ${package}.impl.view;

import java.util.List;

import ${package}.api.${Module}Record;
import ${package}.api.${Module}Service;
import ${package}.impl.${Module}Module;
import org.mosaiccrm.contacts.api.CustomerViewContributor;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's section of the customer's 360° view and screen pop: its five latest records. */
@Component(service = CustomerViewContributor.class)
public class ${Module}Section implements CustomerViewContributor {

    private final ${Module}Service records;

    @Activate
    public ${Module}Section(@Reference ${Module}Service records) {
        this.records = records;
    }

    @Override
    public String section() {
        return ${Module}Module.NAME;
    }

    @Override
    public List<${Module}Record> contribute(String customerId) {
        return records.list(customerId, PageRequest.first(5)).items();
    }
}

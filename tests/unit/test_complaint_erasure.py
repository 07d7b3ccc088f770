"""Erasing a customer leaves complaints with a pseudonymous reference and an intact hash chain."""

from __future__ import annotations

from salondesk.domain.complaints import Category, Channel, Complaint, Severity
from salondesk.services import complaints as complaint_service
from salondesk.services import customers as customer_service
from salondesk.services.records_chain import verify_all
from tests.conftest import pin_of


def test_erasure_scrubs_the_complaint_copy_of_name_and_phone(new_uow, clock, owner, receptionist):
    customer_id = customer_service.create_customer(
        new_uow(), receptionist, clock, customer_service.CustomerInput(name="张伟", mobile="13800138000")
    )
    complaint_id = complaint_service.log_complaint(
        new_uow(write_lock=True),
        receptionist,
        clock,
        complaint_service.ComplaintInput(
            Channel.PHONE,
            Category.SERVICE,
            Severity.LOW,
            "Fringe too short",
            customer_id=customer_id,
            customer_name="张伟",
            customer_phone="+8613800138000",
        ),
        pin=pin_of(receptionist),
    )
    pseudonym = customer_service.erase_customer(new_uow(), owner, clock, customer_id, "customer asked")
    with new_uow() as uow:
        complaint = uow.session.get(Complaint, complaint_id)
        assert complaint is not None
        assert complaint.customer_name == pseudonym != "张伟"
        assert complaint.customer_phone == ""
        assert complaint.customer_id == customer_id  # the pseudonymous reference stays
    assert all(status.ok for status in verify_all(new_uow()))

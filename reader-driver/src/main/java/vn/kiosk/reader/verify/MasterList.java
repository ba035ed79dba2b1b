package vn.kiosk.reader.verify;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.icao.CscaMasterList;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessable;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * An ICAO CSCA master list (Doc 9303 Part 12, 9): CMS SignedData, eContentType
 * id-icao-cscaMasterList, whose content is the list of CSCA (and link) certificates a State has
 * validated, signed by that State's master list signer.
 */
record MasterList(List<X509Certificate> certificates, List<X509Certificate> embedded,
                  Optional<X509Certificate> signer, Optional<Instant> signingTime, SignerInformation signerInfo) {

    static final String ID_CSCA_MASTER_LIST = "2.23.136.1.1.2";

    MasterList {
        certificates = List.copyOf(certificates);
        embedded = List.copyOf(embedded);
    }

    static MasterList parse(ASN1Primitive object) throws MalformedDataException {
        try {
            ContentInfo contentInfo = ContentInfo.getInstance(object);
            if (!CMSObjectIdentifiers.signedData.equals(contentInfo.getContentType())) {
                throw new MalformedDataException("not a CMS SignedData");
            }
            CMSSignedData cms = new CMSSignedData(contentInfo);
            if (!ID_CSCA_MASTER_LIST.equals(cms.getSignedContentTypeOID())) {
                throw new MalformedDataException("CMS content type " + cms.getSignedContentTypeOID()
                        + " is not id-icao-cscaMasterList");
            }
            CMSProcessable content = cms.getSignedContent();
            if (content == null || !(content.getContent() instanceof byte[] bytes)) {
                throw new MalformedDataException("the master list content is missing");
            }
            CscaMasterList list = CscaMasterList.getInstance(ASN1Primitive.fromByteArray(bytes));
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : list.getCertStructs()) {
                certificates.add(Jca.certificate(certificate.getEncoded()));
            }
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                throw new MalformedDataException("the master list is not signed");
            }
            SignerInformation signerInfo = signers.iterator().next();
            List<X509Certificate> embedded = new ArrayList<>();
            Optional<X509Certificate> signer = Optional.empty();
            for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
                X509Certificate certificate = Jca.certificate(holder.getEncoded());
                embedded.add(certificate);
                if (signer.isEmpty() && signerInfo.getSID().match(holder)) {
                    signer = Optional.of(certificate);
                }
            }
            Optional<Instant> signingTime = Optional.empty();
            if (signerInfo.getSignedAttributes() != null
                    && signerInfo.getSignedAttributes().get(CMSAttributes.signingTime) != null) {
                signingTime = Optional.of(Time.getInstance(signerInfo.getSignedAttributes()
                        .get(CMSAttributes.signingTime).getAttrValues().getObjectAt(0)).getDate().toInstant());
            }
            return new MasterList(certificates, embedded, signer, signingTime, signerInfo);
        } catch (MalformedDataException e) {
            throw e;
        } catch (CMSException | GeneralSecurityException | IOException | RuntimeException e) {
            throw new MalformedDataException("not a CSCA master list: " + e.getMessage(), e);
        }
    }

    /** The CMS signature (and messageDigest) check under the signer certificate's key. */
    boolean signatureVerifies() {
        if (signer.isEmpty()) {
            return false;
        }
        try {
            return signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Jca.BC)
                    .build(signer.get().getPublicKey()));
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return false;
        }
    }
}

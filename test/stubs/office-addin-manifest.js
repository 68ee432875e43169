// office-addin-mock requires office-addin-manifest only for this enum; the real package pulls in an
// ESM-only dependency that Jest 30 on Node 20 cannot require (see README, Testing).
module.exports = {
  OfficeApp: {
    Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word',
  },
};
